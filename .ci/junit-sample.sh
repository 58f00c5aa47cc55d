#!/usr/bin/env bash
# The JUnit extension as another project meets it: installs cerulean-junit (and the modules it
# needs) into a throwaway local repository, then runs samples/junit-sample, a project outside the
# reactor that knows cerulean-junit only as that installed artifact. Everything else is read from
# the seed repository (~/.m2/repository unless CERULEAN_SEED_REPOSITORY), which is chained behind
# the throwaway one and never written to; what the seed lacks (the install plugin on a fresh
# machine) is downloaded into the throwaway one. CERULEAN_MAVEN_OFFLINE=1 forbids downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

seed="${CERULEAN_SEED_REPOSITORY:-$HOME/.m2/repository}"
repo="$(mktemp -d "${TMPDIR:-/tmp}/cerulean-junit-repo.XXXXXX")"
trap 'rm -rf "$repo"' EXIT
repos=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$seed")
offline=()
if [ "${CERULEAN_MAVEN_OFFLINE:-}" = 1 ]; then offline=(-o); fi

./mvnw -q "${offline[@]}" install -DskipTests -pl junit -am "${repos[@]}"
test -f "$repo/dev/cerulean/cerulean-junit/0.1.0-SNAPSHOT/cerulean-junit-0.1.0-SNAPSHOT.jar"
./mvnw -q "${offline[@]}" -f samples/junit-sample/pom.xml test "${repos[@]}"
echo "junit-sample: the sample's tests passed against the installed cerulean-junit"
