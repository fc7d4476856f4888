#!/usr/bin/env bash
# A real MediaWiki (Debian's package, SQLite) on 127.0.0.1, as the test peer and the local demo.
#   tests/wiki/wiki.sh start DIR PORT   fresh wiki in DIR, served on PORT, with users and the page
#   tests/wiki/wiki.sh stop DIR         stops it (the whole process group: php -S has workers)
# WIKI_LANG: the wiki's language (default en; the tests also run a Spanish wiki, whose user
# namespaces are Usuario / Usuario discusión). Both get the English page and a Spanish one.
# SMTP_PORT: where wiki mail goes (1025); EMAIL_LIMIT: wiki mails an account may send, as
# "count, seconds" (the mailing test sets a low one to meet the limit mid-run).
# Users (password for all: wikimeet-demo-pass): Alice, Bob (both with confirmed email),
# "Vic Sfriso (WMAR)" (the facilitator), Blocked (blocked), User01…User20 (for concurrency).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
MW=/usr/share/mediawiki
PASS=wikimeet-demo-pass
PAGE="Volunteer Supporters Network/VSN peer-to-peer support"

cmd=${1:?start or stop}; dir=${2:?directory}
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
export MW_CONFIG_FILE="$dir/LocalSettings.php"

stop() {
  [[ -f $dir/server.pgid ]] || return 0
  kill -- "-$(cat "$dir/server.pgid")" 2>/dev/null || true
  rm -f "$dir/server.pgid"
}

if [[ $cmd == stop ]]; then stop; exit 0; fi
port=${3:?port}
stop
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is already in use: stop what runs there or choose another port" >&2
  exit 1
fi
rm -rf "$dir/data" "$dir/LocalSettings.php"
mkdir -p "$dir/data"
cd "$MW"
php maintenance/install.php --dbtype sqlite --dbpath "$dir/data" --dbname wikimeet_test \
  --server "http://127.0.0.1:$port" --scriptpath '' --lang "${WIKI_LANG:-en}" --skins Vector \
  --pass "$PASS-admin" --confpath "$dir" TestWiki Admin >"$dir/install.log"
cat >>"$dir/LocalSettings.php" <<PHP
# wikimeet test settings
\$wgCrossSiteAJAXdomains = [ '127.0.0.1:*' ];
\$wgEnableEmail = true; \$wgEnableUserEmail = true; \$wgEmailAuthentication = true;
\$wgPasswordSender = 'wiki@example.test'; \$wgEmergencyContact = 'wiki@example.test';
\$wgSMTP = [ 'host' => '127.0.0.1', 'port' => ${SMTP_PORT:-1025}, 'auth' => false, 'IDHost' => 'example.test', 'localhost' => 'example.test' ];
\$wgRateLimits['edit']['user'] = [ 10000, 60 ]; \$wgRateLimits['edit']['newbie'] = [ 10000, 60 ];
\$wgRateLimits['emailuser']['user'] = [ ${EMAIL_LIMIT:-10000, 60} ]; \$wgRateLimits['emailuser']['newbie'] = [ ${EMAIL_LIMIT:-10000, 60} ];
\$wgRateLimits['emailuser-recipient']['user'] = [ 10000, 60 ];
\$wgMainCacheType = CACHE_DB; \$wgSessionCacheType = CACHE_DB;
\$wgShowExceptionDetails = true;
# Every request takes SQLite's write lock when its transaction begins (MediaWiki does so for POSTs
# only): a GET that writes a cache row cannot then fail with "database is locked" (HTTP 500)
# while many people sign up at once. MySQL, as on Wikimedia wikis, has no such lock.
\$wgDBservers = [ [ 'type' => 'sqlite', 'dbname' => \$wgDBname, 'tablePrefix' => '',
  'dbDirectory' => \$wgSQLiteDataDir, 'host' => '', 'user' => '', 'password' => '',
  'flags' => DBO_DEFAULT, 'load' => 1, 'trxMode' => 'IMMEDIATE' ] ];
PHP
users=(Alice Bob "Vic Sfriso (WMAR)" Blocked)
for i in $(seq -w 1 20); do users+=("User$i"); done
for u in "${users[@]}"; do php maintenance/createAndPromote.php "$u" "$PASS" >/dev/null; done
for u in Alice Bob "Vic Sfriso (WMAR)"; do
  php maintenance/resetUserEmail.php --no-reset-password "$u" "$(echo "${u%% *}" | tr 'A-Z' 'a-z')@example.test" >/dev/null
done
echo Blocked | php maintenance/blockUsers.php --disable-autoblock --performer Admin --reason "test block" >/dev/null
php maintenance/edit.php -u Admin -s "Meeting page for wikimeet tests" "$PAGE" <"$here/meeting-page.wikitext" >/dev/null
php maintenance/edit.php -u Admin -s "A protected copy" "Protected meeting" <"$here/meeting-page.wikitext" >/dev/null
php maintenance/protect.php -u Admin "Protected meeting" >/dev/null
php maintenance/edit.php -u Admin -s "Signatures as on a Spanish wiki" "Reunión de apoyo" <"$here/meeting-page-es.wikitext" >/dev/null
# A page with its history's dates: a heading added in January 2024, the page changed since.
php maintenance/importDump.php --no-updates "$here/old-heading.xml" >/dev/null

cd "$dir"
# WIKI_PHP_ARGS: extra php options (the bench compresses the wiki's pages, as real wikis do).
PHP_CLI_SERVER_WORKERS=4 setsid php ${WIKI_PHP_ARGS:-} -S "127.0.0.1:$port" -t "$MW" >"$dir/server.log" 2>&1 &
echo $! >"$dir/server.pgid"
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/api.php?action=query&format=json" >/dev/null && exit 0
  sleep 0.2
done
echo "the wiki did not start on port $port; see $dir/server.log" >&2
exit 1
