import type { Me } from "../../contract/accounts";

export const isCoach = (me: Me): boolean => me.role === "coach";
export const isAdmin = (me: Me): boolean => me.role === "coach" && me.isAdmin;
