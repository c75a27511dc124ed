#!/usr/bin/env bash
# A WordPress of our own for the plugin test, from Debian's packages (wordpress, mariadb-server,
# apache2, libapache2-mod-php, php-mysql; ./dev installs them): its own MariaDB (a socket only,
# no TCP), its own Apache on 127.0.0.1:PORT, its own wp-content. The system's services and
# /var/lib/wordpress are left alone; the only file outside STATE is Debian's per-site WordPress
# config, /etc/wordpress/config-checklist-widget-test-PORT.php, removed again by `stop`. Named
# by the port, like STATE in the test: two runs on one machine each have their own.
#
#   services.sh start STATE PORT   fresh database and wp-content, both servers running
#   services.sh stop STATE         both stopped, the config file and STATE removed
set -euo pipefail

command=${1:?start or stop}
state=${2:?state directory}
port=${3:-$(cat "$state/port" 2>/dev/null || true)}
site=checklist-widget-test-${port:-none}
config=/etc/wordpress/config-$site.php

stop() {
  if [ -f "$state/apache.pid" ]; then
    apache2 -f "$state/apache.conf" -k stop 2>/dev/null || true
    for _ in $(seq 50); do [ -f "$state/apache.pid" ] || break; sleep 0.1; done
  fi
  if [ -S "$state/run/mysql.sock" ]; then
    mariadb-admin --socket="$state/run/mysql.sock" --user=root shutdown 2>/dev/null || true
  fi
  rm -f "$config"
}

case "$command" in
  stop)
    stop
    rm -rf "$state"
    ;;
  start)
    [ -n "$port" ] || { echo "services.sh start: no port" >&2; exit 2; }
    stop
    rm -rf "$state"
    mkdir -p "$state/db" "$state/run" "$state/wp-content/plugins" "$state/wp-content/themes" "$state/wp-content/uploads"
    # The theme and languages as Debian installs them; plugins and uploads our own, writable.
    ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$state/wp-content/themes/"
    ln -s /var/lib/wordpress/wp-content/languages "$state/wp-content/languages"
    chown -R www-data:www-data "$state/wp-content"
    chown mysql:mysql "$state/db" "$state/run"
    echo "$port" >"$state/port"

    mariadb-install-db --no-defaults --user=mysql --datadir="$state/db" --auth-root-authentication-method=socket \
      --skip-test-db >"$state/mariadb-install.log" 2>&1
    mariadbd --no-defaults --user=mysql --datadir="$state/db" --socket="$state/run/mysql.sock" --skip-networking \
      --pid-file="$state/run/mariadb.pid" --log-error="$state/run/mariadb.log" </dev/null >/dev/null 2>&1 &
    for _ in $(seq 100); do [ -S "$state/run/mysql.sock" ] && break; sleep 0.1; done
    mariadb --socket="$state/run/mysql.sock" --user=root <<SQL
CREATE DATABASE wordpress;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'test-only';
GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';
SQL

    cat >"$config" <<PHP
<?php
// Written by the checklist widget's WordPress test (tests/wordpress/services.sh); removed after it.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'test-only');
define('DB_HOST', 'localhost:$state/run/mysql.sock');
define('WP_CONTENT_DIR', '$state/wp-content');
define('WP_CONTENT_URL', 'http://127.0.0.1:$port/wp-content');
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
PHP
    chmod 644 "$config"

    cat >"$state/apache.conf" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $state/apache.pid
DefaultRuntimeDir $state
Mutex file:$state default
User www-data
Group www-data
ErrorLog $state/apache-error.log
LogFormat "%h \"%r\" %>s" short
CustomLog $state/apache-access.log short
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
StartServers 2
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG $site
DocumentRoot /usr/share/wordpress
Alias /wp-content $state/wp-content
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory $state/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content>
  Require all granted
</Directory>
CONF
    apache2 -f "$state/apache.conf" -k start
    ;;
  *)
    echo "usage: services.sh start STATE PORT | stop STATE" >&2
    exit 2
    ;;
esac
