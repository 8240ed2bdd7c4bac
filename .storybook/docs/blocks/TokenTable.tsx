import stylesheet from '@fiko/team-ui/styles.css?raw';
import { groupOf, parseTokens, type Token } from './tokens';

const TOKENS = parseTokens(stylesheet);

const GROUP_TITLES: Record<string, string> = {
  color: 'Colours',
  font: 'Typography',
  line: 'Typography',
  radius: 'Corners',
  space: 'Spacing',
  density: 'Density',
  control: 'Density',
  row: 'Density',
};

function titleOf(token: Token) {
  return GROUP_TITLES[groupOf(token)] ?? 'Layout and effects';
}

/** Every token the stylesheet declares, grouped, with light and dark values. */
export function TokenTable() {
  const groups = new Map<string, Token[]>();
  for (const token of TOKENS) {
    groups.set(titleOf(token), [...(groups.get(titleOf(token)) ?? []), token]);
  }

  return (
    <div>
      <p>
        {TOKENS.length} tokens, read from <code>@fiko/team-ui/styles.css</code> when this
        page is built.
      </p>
      {[...groups].map(([title, tokens]) => (
        <section key={title}>
          <h3>{title}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Token</th>
                <th scope="col">Light</th>
                <th scope="col">Dark</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <TokenRow key={token.name} token={token} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

function TokenRow(props: { token: Token }) {
  const { token } = props;
  return (
    <tr>
      <td>
        <code>{token.name}</code>
        {token.note ? <div>{token.note}</div> : null}
      </td>
      <td>
        <Value token={token} value={token.light} />
      </td>
      <td>{token.dark ? <Value token={token} value={token.dark} /> : 'same'}</td>
    </tr>
  );
}

function Value(props: { token: Token; value: string }) {
  const swatch = groupOf(props.token) === 'color';
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.5rem' }}>
      {swatch ? (
        <span
          aria-hidden="true"
          style={{
            inlineSize: '1.25rem',
            blockSize: '1.25rem',
            borderRadius: '0.25rem',
            border: '1px solid #8888',
            background: props.value,
          }}
        />
      ) : null}
      <code>{props.value}</code>
    </span>
  );
}
