/** One rule for every place a password is chosen, on the server and in the web app. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
