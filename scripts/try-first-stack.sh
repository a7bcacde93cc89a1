#!/usr/bin/env bash
# Tries the README as a new user would: packs this library, makes an app with `cdk init app --language typescript`,
# installs the tarball and aws-cdk-lib, writes the README's first stack into it unchanged, and synthesizes it with
# TypeScript 7 + tsx (as `cdk init` sets the app up), then with TypeScript 6 + ts-node. Needs the npm registry.
#   scripts/try-first-stack.sh [aws-cdk-lib version, default latest]
# Run `npx projen compile` first (the tarball packs lib/). Leaves the app in a temporary folder and prints where.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CDK_VERSION="${1:-latest}"
WORK="$(mktemp -d)"

TARBALL="$(cd "$ROOT" && npm pack --ignore-scripts --pack-destination "$WORK" 2>/dev/null | tail -1)"
mkdir "$WORK/auth" && cd "$WORK/auth"
npx --yes aws-cdk@2 init app --language typescript > "$WORK/init.log" 2>&1
# Installed afresh: changing aws-cdk-lib's version in place can leave its bundled dependencies behind.
npm pkg set "dependencies.aws-cdk-lib=$CDK_VERSION" "dependencies.cdk-secure-user-pool=file:$WORK/$TARBALL"
rm -rf node_modules package-lock.json
npm install --no-audit --no-fund > /dev/null 2>&1
# The README's first stack, unchanged, in the file `cdk init` made for the stack; the stack is named Auth.
node -e '
  const fs = require("fs");
  const readme = fs.readFileSync(process.argv[1], "utf-8");
  const block = /```ts nofixture\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("## A first stack")));
  fs.writeFileSync("lib/auth-stack.ts", block[1]);
' "$ROOT/README.md"
sed -i "s/new AuthStack(app, 'AuthStack'/new AuthStack(app, 'Auth'/" bin/auth.ts

synth() {
  echo "--- $1: aws-cdk-lib $(node -p 'require("aws-cdk-lib/package.json").version'), TypeScript $(npx tsc --version)"
  npx tsc -p . --noEmit
  npx cdk synth --quiet
  node -e '
    const t = JSON.parse(require("fs").readFileSync("cdk.out/Auth.template.json", "utf-8"));
    const types = Object.values(t.Resources).map((r) => r.Type).filter((type) => type !== "AWS::CDK::Metadata");
    console.log(`${types.length} resources: ${types.sort().join(", ")}`);
  '
}

synth "TypeScript 7 + tsx, as cdk init sets it up"
npm install --no-audit --no-fund --save-dev typescript@~6.0.3 ts-node@^10.9.2 > /dev/null 2>&1
node -e '
  const fs = require("fs");
  const cdk = JSON.parse(fs.readFileSync("cdk.json", "utf-8"));
  cdk.app = "npx ts-node --prefer-ts-exts bin/auth.ts";
  fs.writeFileSync("cdk.json", JSON.stringify(cdk, null, 2));
'
synth "TypeScript 6 + ts-node"
echo "--- the app is in $WORK/auth"
