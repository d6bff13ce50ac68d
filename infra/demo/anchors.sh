#!/usr/bin/env bash
# Demo anchors, run by seed.sh: profiles for anchor1..anchor4 and real follows through the public API, then
# thirty days of invented history (anchors.sql, through psql, demo database only) so that the four anchors fall
# in the four seller tiers: anchor1 super, anchor2 famous, anchor3 ordinary, anchor4 low-level. Idempotent.
# Uses the local stack's demo credentials only.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$here/lib.sh"

if [[ "${LIVEMART_PG_DB:-livemart}" == "${LIVEMART_PG_TEST_DB:-livemart_test}" ]]; then
  echo "demo data: refusing to load demo anchors into the test database" >&2
  exit 1
fi

declare -A tok id
for u in anchor1 anchor2 anchor3 anchor4 shopper1 shopper2 shopper3; do
  tok[$u]=$(token "$u")
  id[$u]=$(api GET /api/me "${tok[$u]}" | json_field id)
done

profile() { # ANCHOR JSON
  api PUT /api/anchors/me "${tok[$1]}" "$2" >/dev/null
}
profile anchor1 '{"displayName":"Anna'"'"'s Tea House","avatarUrl":"https://picsum.photos/seed/anna-tea/200","bio":"Teas from the gardens I visit, brewed live every evening. Ask me anything about gongfu brewing.","categories":["Tea","Teaware"]}'
profile anchor2 '{"displayName":"Ben Knits","avatarUrl":"https://picsum.photos/seed/ben-knits/200","bio":"TV presenter turned knitter. Warm wool for cold days.","categories":["Knitwear","Fashion"]}'
profile anchor3 '{"displayName":"Chloe Cooks","avatarUrl":"https://picsum.photos/seed/chloe-cooks/200","bio":"Small kitchen, big flavours: I cook with every pan I sell.","categories":["Kitchen","Food"]}'
profile anchor4 '{"displayName":"Dev Gadgets","avatarUrl":"https://picsum.photos/seed/dev-gadgets/200","bio":"Just starting out: honest reviews of small gadgets.","categories":["Electronics"]}'

follow() { # SHOPPER ANCHOR
  api PUT "/api/anchors/${id[$2]}/follow" "${tok[$1]}" >/dev/null
}
follow shopper1 anchor1; follow shopper2 anchor1; follow shopper2 anchor2
follow shopper3 anchor3; follow shopper1 anchor4

psql_bin="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | tail -n 1)"
[[ -x "$psql_bin" ]] || { echo "demo data: psql not found, anchors' history not loaded" >&2; exit 1; }
PGPASSWORD="${LIVEMART_PG_PASSWORD:-livemart}" "$psql_bin" -q -X \
  -h "${LIVEMART_PG_HOST:-127.0.0.1}" -p "${LIVEMART_PG_PORT:-15432}" -U "${LIVEMART_PG_USER:-livemart}" \
  -d "${LIVEMART_PG_DB:-livemart}" \
  -v super="${id[anchor1]}" -v famous="${id[anchor2]}" -v ordinary="${id[anchor3]}" -v low="${id[anchor4]}" \
  -f "$here/anchors.sql"

for a in anchor1 anchor2 anchor3 anchor4; do
  echo "demo data: $a → $(api GET /api/anchors/me/tier "${tok[$a]}" | json_field label)" >&2
done
