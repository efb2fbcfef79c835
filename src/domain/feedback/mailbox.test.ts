import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mailboxOf } from "./mailbox";

describe("mailboxOf", () => {
  it("lowercases, trims and drops a +tag", () => {
    expect(mailboxOf("  Daniel.Client+x@Example.COM ")).toBe("daniel.client@example.com");
    expect(mailboxOf("pat+a+b@example.com")).toBe("pat@example.com");
  });

  it("drops dots in Gmail local parts and reads googlemail as gmail", () => {
    expect(mailboxOf("Ann.Lee@gmail.com")).toBe("annlee@gmail.com");
    expect(mailboxOf("a.n.n.lee+work@googlemail.com")).toBe("annlee@gmail.com");
  });

  it("keeps dots elsewhere, and a local part that is only a tag", () => {
    expect(mailboxOf("ann.lee@example.com")).not.toBe(mailboxOf("annlee@example.com"));
    expect(mailboxOf("+tag@example.com")).toBe("+tag@example.com");
  });

  const local = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/);
  const domain = fc.constantFrom("example.com", "keel.example", "gmail.com", "googlemail.com");
  const tag = fc.stringMatching(/^[a-z0-9.+-]{0,8}$/);

  it("gives one mailbox for every spelling of an address", () => {
    fc.assert(
      fc.property(local, domain, tag, fc.boolean(), (name, host, t, upper) => {
        const plain = `${name}@${host}`;
        const tagged = `${name}+${t}@${host}`;
        const written = upper ? tagged.toUpperCase() : ` ${tagged} `;
        expect(mailboxOf(written)).toBe(mailboxOf(plain));
      }),
    );
  });

  it("is its own result: a mailbox reduces to itself", () => {
    fc.assert(
      fc.property(local, domain, tag, (name, host, t) => {
        const once = mailboxOf(`${name}+${t}@${host}`);
        expect(mailboxOf(once)).toBe(once);
      }),
    );
  });

  it("ignores dots a Gmail user adds anywhere in the local part", () => {
    const letters = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    fc.assert(
      fc.property(letters, fc.array(fc.nat(12), { maxLength: 4 }), (name, cuts) => {
        const dotted = [...name].map((c, i) => (cuts.includes(i) && i > 0 ? `.${c}` : c)).join("");
        expect(mailboxOf(`${dotted}@googlemail.com`)).toBe(mailboxOf(`${name}@gmail.com`));
      }),
    );
  });

  it("tells different mailboxes apart outside Gmail", () => {
    fc.assert(
      fc.property(local, local, (a, b) => {
        fc.pre(a !== b && !a.includes("+") && !b.includes("+"));
        expect(mailboxOf(`${a}@example.com`)).not.toBe(mailboxOf(`${b}@example.com`));
      }),
    );
  });
});
