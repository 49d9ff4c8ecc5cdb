/** A yellow star on red: the emblem colours of commendation flags. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <rect width="32" height="32" rx="6" fill="#b71c1c" />
      <path d="M16 5l3.1 6.9 7.4.7-5.6 5 1.7 7.3L16 21.1 9.4 24.9l1.7-7.3-5.6-5 7.4-.7z" fill="#ffd54f" />
    </svg>
  );
}
