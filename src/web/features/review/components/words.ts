/** A name or phrase at the start of a sentence: "your coach" → "Your coach". */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
