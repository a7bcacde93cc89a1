/**
 * The CLI names CloudFormation paths as props from its own table (src/cli/props.ts: it runs without aws-cdk-lib);
 * the construct derives the same names from its renderer (src/private/prop-paths.ts). They must agree.
 */
import { CLIENT_PROPS, POOL_PROPS, RISK_PROPS } from '../src/cli/props';
import { userPathOf } from '../src/private/prop-paths';

test('each pool property the renderer derives a prop for has that prop in the CLI\'s table', () => {
  const derived = Object.entries(POOL_PROPS).map(([path, { prop }]) => [path, prop, userPathOf(path).replace(/ \(.*\)$/, '')])
    .filter(([path, , user]) => user !== path);
  expect(derived.length).toBeGreaterThan(30);
  expect(derived.filter(([, prop, user]) => user !== prop && !user.startsWith(`${prop}.`))).toEqual([]);
});

test('every name in the tables is a dotted prop path', () => {
  for (const table of [POOL_PROPS, RISK_PROPS, CLIENT_PROPS]) {
    for (const { prop } of Object.values(table)) {
      expect(prop).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/);
    }
  }
});
