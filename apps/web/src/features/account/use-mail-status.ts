import { useAppContext } from "../../app/app-context.js";
import { useResource } from "../../api/use-resource.js";

/**
 * Whether this server sends email (decision 0420): pages offer "Forgot password?" and invitations by email only
 * then. `undefined` while it loads or when it could not be read: nothing that needs mail is offered meanwhile.
 */
export function useMailOn(): boolean | undefined {
  const { call } = useAppContext();
  const status = useResource("mail-status", () => call("getMailStatus", {}));
  return status.status === "ready" ? status.value.mail === "on" : undefined;
}
