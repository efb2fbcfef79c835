import type { Me } from "../../contract/accounts";
import { mustSetUpTwoFactor } from "../../domain/accounts/two-factor";
import type { Viewer } from "../access/viewer";

export function presentMe(viewer: Viewer): Me {
  return {
    id: viewer.userId,
    name: viewer.name,
    email: viewer.email,
    role: viewer.role,
    isAdmin: viewer.isAdmin,
    practice: { id: viewer.practiceId, name: viewer.practiceName },
    twoFactorEnabled: viewer.twoFactorEnabled,
    twoFactorSetUpRequired: mustSetUpTwoFactor(viewer),
  };
}
