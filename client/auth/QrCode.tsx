import { useEffect, useState } from 'react';

/**
 * `text` as a QR code, drawn by the `qrcode` package as SVG (sharp at projector size) and shown
 * as an image with `label` as its text. The package loads only when a code is shown.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    import('qrcode')
      .then((qrcode) => qrcode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((markup) => current && setSvg(markup))
      // Without the picture the link beside it still leads there.
      .catch((error: unknown) => console.error(error));
    return () => {
      current = false;
    };
  }, [text]);
  if (!svg) return null;
  return <img className={className} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={label} />;
}
