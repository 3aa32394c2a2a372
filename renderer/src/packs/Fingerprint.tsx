// A key's fingerprint in its groups of four, monospace and selectable, so that a trainer can read
// it out or compare it with the one the publisher gave.
export function Fingerprint({ value }: { value: string }) {
  return (
    <code className="fingerprint" data-testid="fingerprint">
      {value}
    </code>
  );
}
