#!/usr/bin/env bash
# Loads the demo data into a running LiveMart through its public API, as the demo users themselves would:
# two merchants' catalogs and one scheduled show. Idempotent: a merchant whose store already has products
# is left alone. Uses the local stack's demo credentials only.
set -euo pipefail

app="http://${LIVEMART_HTTP_HOST:-127.0.0.1}:${LIVEMART_HTTP_PORT:-18080}"
realm="${LIVEMART_KEYCLOAK_URL:-http://127.0.0.1:${LIVEMART_KEYCLOAK_PORT:-18180}}/realms/livemart"

json_field() { # first "name":"value" of a JSON text on stdin, on a line of its own
  { cat; echo; } | sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p" | head -n 1
}

token() {
  curl -fsS -d grant_type=password -d client_id=livemart-cli -d "username=$1" -d password=demo \
    "$realm/protocol/openid-connect/token" | json_field access_token
}

api() { # METHOD PATH TOKEN [BODY]
  curl -sS --fail-with-body -X "$1" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"} "$app$2"
}

product() { # TOKEN NAME SKU AMOUNT STOCK DESCRIPTION
  api POST /api/products "$1" "{\"name\":\"$2\",\"sku\":\"$3\",\"price\":{\"amount\":\"$4\",\"currency\":\"EUR\"},\"stock\":$5,\"description\":\"$6\"}" \
    | json_field id
}

seed_store() { # MERCHANT then lines of NAME|SKU|AMOUNT|STOCK|DESCRIPTION on stdin; prints the new product ids
  local tok; tok=$(token "$1")
  if [ "$(api GET /api/products/mine "$tok")" != "[]" ]; then
    echo "demo data: $1's store already has products" >&2
    return 0
  fi
  while IFS='|' read -r name sku amount stock description; do
    product "$tok" "$name" "$sku" "$amount" "$stock" "$description"
  done
  echo "demo data: $1's catalog loaded" >&2
}

tea=$(seed_store merchant1 <<'LIST'
Silver Needle white tea, 100 g|TEA-SN-100|24.90|120|First flush buds from Fuding, hand picked.
Longjing green tea, 250 g|TEA-LJ-250|32.00|80|Dragon Well from West Lake, pan-fired.
Aged Pu-erh cake, 357 g|TEA-PU-357|58.50|30|2015 harvest, stored in Kunming.
Celadon gaiwan, 120 ml|WARE-GW-120|19.90|60|Porcelain lidded bowl for gongfu brewing.
LIST
)
seed_store merchant2 >/dev/null <<'LIST'
Merino beanie, charcoal|KNIT-BN-CH|21.00|200|Soft merino wool, one size.
Alpaca scarf, oat|KNIT-SC-OAT|45.00|75|Baby alpaca, 180 x 30 cm.
Wool socks, 3 pairs|KNIT-SK-3P|18.50|150|Warm hiking socks, sizes 39-46.
LIST

if [ -n "$tea" ]; then
  lineup=$(printf '%s\n' $tea | head -n 2 | sed 's/.*/"&"/' | paste -sd, -)
  start=$(date -u -d '+1 day' +%Y-%m-%dT19:00:00Z)
  api POST /api/shows "$(token anchor1)" "{\"title\":\"Tea tasting with anchor1\",\"scheduledStart\":\"$start\",\"lineup\":[$lineup]}" >/dev/null
  echo "demo data: anchor1 scheduled a show for $start" >&2
fi
"$(dirname "$0")/anchors.sh"   # anchors: profiles, follows, thirty days of history in all four seller tiers
