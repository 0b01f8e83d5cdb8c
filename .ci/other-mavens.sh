#!/usr/bin/env bash
# Every Maven a user may run: a named subset of the ITs with the oldest Maven the pom declares as prerequisite
# (mavenVersion) and with Maven 4, each fetched once from Maven Central into ~/.cache and checked against the
# checksum Central publishes beside it. The outer build runs with the wrapper's Maven; invoker runs each IT with the
# Maven under test (-Dinvoker.mavenHome).
#
#   .ci/other-mavens.sh                  # both Mavens, the subset below
#   .ci/other-mavens.sh 4.0.0-rc-4       # one Maven
#   OTHER_MAVENS_ITS=demo .ci/other-mavens.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# The demo (command mode, a passing check), record-all (the record goal), diverged-row (a failing diff), exits-at-start
# (command mode: the API dies), secrets-in-settings (settings.xml credentials, decrypted by the running Maven).
ITS="${OTHER_MAVENS_ITS:-demo,record-all,diverged-row,exits-at-start,secrets-in-settings}"
# The newest 4.x that Maven Central serves (its maven-metadata.xml names it as <release>).
MAVEN4=4.0.0-rc-4
CENTRAL=https://repo1.maven.org/maven2/org/apache/maven/apache-maven
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/predcheck/maven"

oldest() {
  sed -n 's:.*<mavenVersion>\(.*\)</mavenVersion>.*:\1:p' pom.xml | head -n 1
}

# Prints the Maven home of a version, downloading and verifying it the first time.
maven_home() {
  local version="$1" home="$CACHE/apache-maven-$1"
  if [[ ! -x "$home/bin/mvn" ]]; then
    local tgz="$CACHE/apache-maven-$version-bin.tar.gz" url="$CENTRAL/$version/apache-maven-$version-bin.tar.gz"
    mkdir -p "$CACHE"
    curl -fsSL --retry 3 -o "$tgz.part" "$url" >&2
    # Central has .sha512 for the newer releases, .sha1 for every one (3.6.3 has no .sha512).
    local sum algo
    for algo in sha512 sha1; do
      if sum="$(curl -fsL --retry 3 "$url.$algo")"; then
        echo "${sum%% *}  $tgz.part" | "${algo}sum" -c --quiet - >&2
        break
      fi
      [[ "$algo" == sha1 ]] && { echo "no checksum for $url on Central" >&2; exit 1; }
    done
    rm -rf "$home"
    tar -xzf "$tgz.part" -C "$CACHE"
    rm -f "$tgz.part"
  fi
  echo "$home"
}

versions=("$@")
[[ ${#versions[@]} -gt 0 ]] || versions=("$(oldest)" "$MAVEN4")

for version in "${versions[@]}"; do
  home="$(maven_home "$version")"
  echo "== ITs $ITS with Maven $version ($home)"
  start=$SECONDS
  # Unit tests, formatting and copy-paste checks ran in the main build; -Dinvoker.mavenHome is the Maven under test.
  ./mvnw -B verify -DskipTests -Dspotless.check.skip=true -Dcpd.skip=true \
    -Dit.test="$ITS" -Dinvoker.mavenHome="$home"
  echo "== Maven $version: ITs passed in $((SECONDS - start)) s"
done
