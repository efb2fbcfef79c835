import QRCode from "qrcode";
import { useEffect, useState } from "react";
import type { Me } from "../../../../contract/accounts";
import type { TwoFactorSetUp } from "../../../../contract/two-factor";
import { TotpCodeField } from "../../../components/totp-code-field";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import {
  confirmCodeSchema,
  passwordSchema,
  turnOffSchema,
  useConfirmTwoFactor,
  useNewRecoveryCodes,
  useStartTwoFactor,
  useTurnOffTwoFactor,
} from "../api/two-factor";

type Step =
  | { name: "idle" }
  | { name: "password" }
  | { name: "scan"; setUp: TwoFactorSetUp }
  | { name: "codes"; codes: string[]; fresh: boolean }
  | { name: "new-codes" }
  | { name: "turn-off" };

/** Two-factor sign-in for the signed-in person's own account: turn on, recovery codes, turn off. */
export function TwoFactorCard({ me }: { me: Me }) {
  const [step, setStep] = useState<Step>({ name: "idle" });
  const done = () => setStep({ name: "idle" });

  return (
    <Card id="two-factor">
      <CardHeader>
        <div className="space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <CardTitle id="two-factor-heading">Two-factor sign-in</CardTitle>
            {me.twoFactorEnabled ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
          </div>
          <CardDescription>
            Sign in with your password and a 6-digit code from an authenticator app on your phone
            (such as Google Authenticator, Microsoft Authenticator or 1Password). Someone who learns
            your password still cannot sign in as you.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {step.name === "password" ? (
          <StartForm onStarted={(setUp) => setStep({ name: "scan", setUp })} onCancel={done} />
        ) : step.name === "scan" ? (
          <ScanStep
            setUp={step.setUp}
            onConfirmed={() =>
              setStep({ name: "codes", codes: step.setUp.recoveryCodes, fresh: true })
            }
            onCancel={done}
          />
        ) : step.name === "codes" ? (
          <RecoveryCodes codes={step.codes} fresh={step.fresh} onDone={done} />
        ) : step.name === "new-codes" ? (
          <NewCodesForm
            onMade={(codes) => setStep({ name: "codes", codes, fresh: false })}
            onCancel={done}
          />
        ) : step.name === "turn-off" ? (
          <TurnOffForm onDone={done} />
        ) : me.twoFactorEnabled ? (
          <div className="space-y-4">
            <p className="text-sm text-slate-700">
              Two-factor sign-in is on. If you lose your phone, sign in with one of your recovery
              codes.
            </p>
            <div className="flex flex-wrap gap-3">
              <Button variant="secondary" onClick={() => setStep({ name: "new-codes" })}>
                Make new recovery codes
              </Button>
              <Button variant="danger-outline" onClick={() => setStep({ name: "turn-off" })}>
                Turn off
              </Button>
            </div>
          </div>
        ) : (
          <Button onClick={() => setStep({ name: "password" })}>Turn on two-factor sign-in</Button>
        )}
      </CardContent>
    </Card>
  );
}

function PasswordField({ error }: { error: string | undefined }) {
  return (
    <FormField label="Your password" name="password" error={error} required>
      {(field) => <Input {...field} type="password" autoComplete="current-password" autoFocus />}
    </FormField>
  );
}

function StartForm({
  onStarted,
  onCancel,
}: {
  onStarted: (setUp: TwoFactorSetUp) => void;
  onCancel: () => void;
}) {
  const start = useStartTwoFactor();
  const errors = useValidatedForm(passwordSchema, start.error);
  const onSubmit = errors.onSubmit((values, form) =>
    start.mutate(values, { onSuccess: onStarted, onError: () => focusFirstInvalid(form) }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5" aria-labelledby="two-factor-heading">
      <p className="text-sm text-slate-700">First, confirm it is you.</p>
      <FormAlert message={errors.message} />
      <PasswordField error={errors.fieldErrors.password} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={start.isPending}>
          Continue
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The otpauth URI as an SVG QR code, drawn in the browser: the secret never leaves it. */
function QrCode({ uri }: { uri: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(
      (drawn) => {
        if (current) setSvg(drawn);
      },
    );
    return () => {
      current = false;
    };
  }, [uri]);
  return (
    <div className="size-44 shrink-0 rounded-md border border-slate-200 bg-white p-2">
      {svg ? (
        <img
          src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
          alt="QR code to scan with your authenticator app"
          className="size-full"
        />
      ) : null}
    </div>
  );
}

/** The secret in groups of four, easier to type by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

function ScanStep({
  setUp,
  onConfirmed,
  onCancel,
}: {
  setUp: TwoFactorSetUp;
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const confirm = useConfirmTwoFactor();
  const errors = useValidatedForm(confirmCodeSchema, confirm.error);
  const onSubmit = errors.onSubmit((values, form) =>
    confirm.mutate(values, { onSuccess: onConfirmed, onError: () => focusFirstInvalid(form) }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5" aria-labelledby="two-factor-heading">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>Open your authenticator app and add an account.</li>
        <li>Scan this QR code, or type the key below.</li>
        <li>Enter the 6-digit code the app shows for Keel.</li>
      </ol>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <QrCode uri={setUp.totpUri} />
        <div className="min-w-0 space-y-1 text-sm">
          <p className="text-slate-700">Can't scan it? Enter this key:</p>
          <code className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-slate-900">
            {grouped(setUp.secret)}
          </code>
        </div>
      </div>
      <FormAlert message={errors.message} />
      <TotpCodeField error={errors.fieldErrors.code} className="w-40" />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={confirm.isPending}>
          Turn on
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function RecoveryCodes({
  codes,
  fresh,
  onDone,
}: {
  codes: string[];
  fresh: boolean;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const text = `Keel recovery codes. Each one signs in once in place of a code.\n\n${codes.join("\n")}\n`;
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  const download = () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    link.download = "keel-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div className="space-y-5">
      <Alert
        tone={fresh ? "success" : "info"}
        title={fresh ? "Two-factor sign-in is on" : "New recovery codes"}
        role="status"
      >
        Save these recovery codes somewhere safe, away from your phone. Each one signs you in once
        if you cannot use your authenticator app. They are shown only now.
        {fresh ? null : " Your old codes no longer work."}
      </Alert>
      <ul
        aria-label="Recovery codes"
        className="grid grid-cols-1 gap-2 rounded-md bg-slate-50 p-4 font-mono text-sm text-slate-900 min-[360px]:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? "Copied" : "Copy codes"}
        </Button>
        <Button variant="secondary" onClick={download}>
          Download
        </Button>
        <Button onClick={onDone}>I have saved them</Button>
      </div>
    </div>
  );
}

function NewCodesForm({
  onMade,
  onCancel,
}: {
  onMade: (codes: string[]) => void;
  onCancel: () => void;
}) {
  const make = useNewRecoveryCodes();
  const errors = useValidatedForm(passwordSchema, make.error);
  const onSubmit = errors.onSubmit((values, form) =>
    make.mutate(values, {
      onSuccess: ({ recoveryCodes }) => onMade(recoveryCodes),
      onError: () => focusFirstInvalid(form),
    }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5" aria-labelledby="two-factor-heading">
      <p className="text-sm text-slate-700">
        New recovery codes replace the old ones, which stop working.
      </p>
      <FormAlert message={errors.message} />
      <PasswordField error={errors.fieldErrors.password} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={make.isPending}>
          Make new codes
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function TurnOffForm({ onDone }: { onDone: () => void }) {
  const turnOff = useTurnOffTwoFactor();
  const errors = useValidatedForm(turnOffSchema, turnOff.error);
  const onSubmit = errors.onSubmit((values, form) =>
    turnOff.mutate(values, { onSuccess: onDone, onError: () => focusFirstInvalid(form) }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5" aria-labelledby="two-factor-heading">
      <p className="text-sm text-slate-700">
        To turn off two-factor sign-in, enter your password and a code from your authenticator app.
      </p>
      <FormAlert message={errors.message} />
      <PasswordField error={errors.fieldErrors.password} />
      <TotpCodeField error={errors.fieldErrors.code} className="w-40" />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" pending={turnOff.isPending}>
          Turn off
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
