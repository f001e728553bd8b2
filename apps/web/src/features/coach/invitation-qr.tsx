import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import QRCode from "qrcode";

/**
 * The invitation link as a QR code, large enough to show a class from a phone or a projector; also a two-step
 * sign-in key for an authenticator app, with its own words.
 */
export function InvitationQr({
  link,
  alt,
  testId = "invite-qr",
}: {
  readonly link: string;
  readonly alt?: string;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 2 }).then((text) => {
      if (current) setSvg(text);
    });
    return () => {
      current = false;
    };
  }, [link]);
  if (svg === null) return null;
  return (
    <img
      className="invitation-qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={alt ?? t("coaching.qrAlt")}
      width={240}
      height={240}
      data-testid={testId}
    />
  );
}
