import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMailOn } from "./use-mail-status.js";

/**
 * Under the sign-in form: "Forgot password?" where the server sends email, else whom to ask for a reset link
 * (decisions 0332, 0420). Nothing while the server has not said.
 */
export function ForgotPasswordHint() {
  const { t } = useTranslation();
  const mailOn = useMailOn();
  if (mailOn === undefined) return null;
  return mailOn ? (
    <p>
      <Link to="/forgot-password" data-testid="forgot-password">
        {t("mail.forgotLink")}
      </Link>
    </p>
  ) : (
    <p className="muted" data-testid="forgot-ask-admin">
      {t("mail.forgotAskAdmin")}
    </p>
  );
}
