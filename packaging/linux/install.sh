#!/bin/sh
# Installs Workshop App from this unpacked bundle, with its menu entry, icon and .workshop file type.
#
#   ./install.sh              for you only: ~/.local/opt/workshop-app, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --system   for everyone: /opt/workshop-app, /usr/local/bin, /usr/local/share
#   ./install.sh --uninstall  (or --system --uninstall) removes the app again; programme files are not touched
#
# PREFIX_BIN, PREFIX_SHARE and APP_DIR override the folders (packagers, tests).
set -eu

ID=io.github.workshop_app.WorkshopApp
NAME=workshop-app
here=$(cd "$(dirname "$0")" && pwd)
mode=user
action=install
for argument in "$@"; do
    case "$argument" in
        --system) mode=system ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "$NAME install: unknown option $argument (try --help)" >&2; exit 2 ;;
    esac
done

if [ "$mode" = system ]; then
    : "${APP_DIR:=/opt/$NAME}" "${PREFIX_BIN:=/usr/local/bin}" "${PREFIX_SHARE:=/usr/local/share}"
else
    : "${APP_DIR:=$HOME/.local/opt/$NAME}" "${PREFIX_BIN:=$HOME/.local/bin}"
    : "${PREFIX_SHARE:=${XDG_DATA_HOME:-$HOME/.local/share}}"
fi

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$PREFIX_SHARE/mime" || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$PREFIX_SHARE/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$PREFIX_SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$PREFIX_SHARE/icons/hicolor" || true
    fi
}

if [ "$action" = uninstall ]; then
    rm -f "$PREFIX_BIN/$NAME" "$PREFIX_SHARE/applications/$ID.desktop" "$PREFIX_SHARE/metainfo/$ID.metainfo.xml" \
        "$PREFIX_SHARE/mime/packages/$ID.xml"
    for icon in "$PREFIX_SHARE"/icons/hicolor/*/apps/"$ID".png "$PREFIX_SHARE/icons/hicolor/scalable/apps/$ID.svg"; do
        rm -f "$icon"
    done
    rm -rf "$APP_DIR"
    refresh_caches
    echo "Workshop App is removed. Your programme files, backups and logs were left where they are."
    exit 0
fi

if [ ! -x "$here/$NAME" ]; then
    echo "$NAME install: run this from the unpacked bundle (no $here/$NAME found)" >&2
    exit 1
fi

# The app: copied beside the old one, then swapped in, so a failed copy leaves the installed app working.
if [ "$here" != "$APP_DIR" ]; then
    mkdir -p "$(dirname "$APP_DIR")"
    rm -rf "$APP_DIR.new"
    cp -R "$here" "$APP_DIR.new"
    rm -rf "$APP_DIR"
    mv "$APP_DIR.new" "$APP_DIR"
fi
mkdir -p "$PREFIX_BIN"
ln -sf "$APP_DIR/$NAME" "$PREFIX_BIN/$NAME"

# Desktop integration: the menu entry runs the installed executable by its full path, because a menu does
# not always have ~/.local/bin on its PATH.
mkdir -p "$PREFIX_SHARE/applications" "$PREFIX_SHARE/metainfo" "$PREFIX_SHARE/mime/packages"
sed -e "s|^Exec=$NAME|Exec=$APP_DIR/$NAME|" -e "s|^TryExec=$NAME|TryExec=$APP_DIR/$NAME|" \
    "$here/share/applications/$ID.desktop" >"$PREFIX_SHARE/applications/$ID.desktop"
cp "$here/share/metainfo/$ID.metainfo.xml" "$PREFIX_SHARE/metainfo/"
cp "$here/share/mime/packages/$ID.xml" "$PREFIX_SHARE/mime/packages/"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
    mkdir -p "$PREFIX_SHARE/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$PREFIX_SHARE/icons/$icon"
done
refresh_caches

echo "Workshop App is installed in $APP_DIR."
echo "Start it from the applications menu, by opening a .workshop file, or with: $PREFIX_BIN/$NAME"
