/* aitbc-appimage-check: checks an AppImage the way AppImage tools see it, through libappimage.
 *
 *   aitbc-appimage-check <file.AppImage> <entry>...
 *
 * Each <entry> is a path that must be listed in the payload, or "!path" for one that must not be
 * (host-provided libraries such as libsecret). Also requires type 2, a .desktop file naming the icon,
 * and a PNG .DirIcon. Prints every failure and exits 1 if there was any. */
#include <appimage/appimage.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

static void fail(const char* what, const char* detail) {
    fprintf(stderr, "FAIL: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    ++failures;
}

static bool listed(char** files, const char* path) {
    for (char** p = files; p && *p; ++p) {
        if (strcmp(*p, path) == 0)
            return true;
    }
    return false;
}

/* Reads a payload file (symlinks followed) into a NUL-terminated heap buffer. */
static char* read_entry(const char* image, const char* path, unsigned long* size) {
    char* data = NULL;
    *size = 0;
    if (!appimage_read_file_into_buffer_following_symlinks(image, path, &data, size) || !data)
        return NULL;
    char* text = realloc(data, *size + 1);
    if (!text) {
        free(data);
        return NULL;
    }
    text[*size] = '\0';
    return text;
}

int main(int argc, char** argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: aitbc-appimage-check <file.AppImage> [entry|!entry]...\n");
        return 2;
    }
    const char* image = argv[1];
    int type = appimage_get_type(image, false);
    if (type != 2) {
        fprintf(stderr, "FAIL: appimage_get_type() = %d, expected 2\n", type);
        return 1;
    }
    char** files = appimage_list_files(image);
    if (!files || !files[0]) {
        fail("appimage_list_files() returned nothing", NULL);
        appimage_string_list_free(files);
        return 1;
    }
    size_t count = 0;
    for (char** p = files; *p; ++p)
        ++count;
    for (int i = 2; i < argc; ++i) {
        if (argv[i][0] == '!' && listed(files, argv[i] + 1))
            fail("must not be bundled", argv[i] + 1);
        else if (argv[i][0] != '!' && !listed(files, argv[i]))
            fail("missing from the payload", argv[i]);
    }
    appimage_string_list_free(files);

    unsigned long size = 0;
    char* desktop = read_entry(image, "io.aitbc.Dashboard.desktop", &size);
    if (!desktop)
        fail("cannot read io.aitbc.Dashboard.desktop", NULL);
    else if (!strstr(desktop, "\nIcon=io.aitbc.Dashboard\n") || !strstr(desktop, "[Desktop Entry]"))
        fail("io.aitbc.Dashboard.desktop does not name the icon io.aitbc.Dashboard", NULL);
    free(desktop);

    char* icon = read_entry(image, ".DirIcon", &size);
    if (!icon || size < 8 || memcmp(icon, "\x89PNG\r\n\x1a\n", 8) != 0)
        fail(".DirIcon is not a PNG image", NULL);
    free(icon);

    if (failures == 0)
        printf("OK: type 2, %zu payload entries, %d expectations met\n", count, argc - 2);
    return failures == 0 ? 0 : 1;
}
