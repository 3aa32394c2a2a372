// A pack or a copy being written: the engine gives no figure on the way, so the bar says only that
// it is at work, and the words say it can take a while.
export function MakingProgress({ label }: { label: string }) {
  return (
    <div className="progress" role="status" data-testid="outgoing-making">
      <progress aria-label={label} />
      <p>{label}</p>
    </div>
  );
}
