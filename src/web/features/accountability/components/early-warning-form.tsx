import { useState } from "react";
import type {
  EarlyWarningSettings,
  ThresholdSettingsBody,
  ThresholdValues,
} from "../../../../contract/accountability";
import {
  type ThresholdLayer,
  thresholdProblems,
  thresholdsWith,
} from "../../../../domain/accountability/thresholds";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { RULE_TEXTS, type RuleText, type SettingText } from "./rule-texts";

type Values = Record<string, string>;

interface Save {
  mutate: (
    body: ThresholdSettingsBody,
    options: { onSuccess: (saved: EarlyWarningSettings) => void; onError: (e: unknown) => void },
  ) => void;
  isPending: boolean;
}

/** What this layer sets, as the form's text: a setting left empty uses the layer below. */
function ownValues(settings: EarlyWarningSettings, layer: ThresholdLayer): Values {
  const values: Values = {};
  for (const rule of RULE_TEXTS) {
    for (const setting of rule.settings) {
      const [ruleName, name] = setting.path.split(".") as [keyof ThresholdValues, string];
      const source = (settings.sources[ruleName] as Record<string, ThresholdLayer>)[name];
      values[setting.path] = source === layer ? String(setting.read(settings.effective)) : "";
    }
  }
  return values;
}

function bodyOf(values: Values): ThresholdSettingsBody {
  const body: Record<string, Record<string, number>> = {};
  for (const [path, raw] of Object.entries(values)) {
    const [rule = "", name = ""] = path.split(".");
    if (raw.trim() === "") continue;
    body[rule] = { ...body[rule], [name]: Number(raw) };
  }
  return body;
}

/**
 * The early-warning thresholds of a practice (its admin) or of one engagement (its coach): each
 * rule in plain words with the values it would use, each setting with Keel's default and, for an
 * engagement, the practice's value, which an empty field (or "reset") goes back to.
 */
export function EarlyWarningForm({
  layer,
  settings,
  save,
  labelledBy,
}: {
  layer: "practice" | "engagement";
  settings: EarlyWarningSettings;
  save: Save;
  labelledBy: string;
}) {
  const [values, setValues] = useState(() => ownValues(settings, layer));
  const [saved, setSaved] = useState(false);
  const problems = useFieldProblems("settings");
  const body = bodyOf(values);
  const inUse = thresholdsWith(settings.inherited, body) as ThresholdValues;

  const change = (path: string, value: string) => {
    setValues((current) => ({ ...current, [path]: value }));
    problems.clearErrors(path);
    setSaved(false);
  };
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = thresholdProblems(thresholdsWith(body));
    if (found.length > 0) return problems.showProblems(found);
    problems.clearAll();
    save.mutate(body, {
      onSuccess: (next) => {
        setValues(ownValues(next, layer));
        setSaved(true);
      },
      onError: (error) => problems.showRefusal(error),
    });
  };

  return (
    <form
      ref={problems.formRef}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={labelledBy}
      className="space-y-6"
    >
      <div role="status">
        {saved ? (
          <Alert tone="success" title="Saved">
            {layer === "practice"
              ? "The practice's engagements now warn by these thresholds, unless their coach set their own."
              : "This engagement now warns by these thresholds."}
          </Alert>
        ) : null}
      </div>
      <FormAlert message={problems.problem} />
      <p className="text-sm text-slate-600">
        Each warning is “worth a look” at its threshold and “act this week” at twice it. Leave a
        field empty to use {layer === "practice" ? "Keel's default" : "the practice's value"}.
      </p>
      {RULE_TEXTS.map((rule) => (
        <RuleFields
          key={rule.rule}
          rule={rule}
          layer={layer}
          values={values}
          inUse={inUse}
          settings={settings}
          errors={problems.errors}
          onChange={change}
        />
      ))}
      <Button type="submit" pending={save.isPending}>
        Save thresholds
      </Button>
    </form>
  );
}

function RuleFields({
  rule,
  layer,
  values,
  inUse,
  settings,
  errors,
  onChange,
}: {
  rule: RuleText;
  layer: "practice" | "engagement";
  values: Values;
  inUse: ThresholdValues;
  settings: EarlyWarningSettings;
  errors: Record<string, string>;
  onChange: (path: string, value: string) => void;
}) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{rule.title}</legend>
      <p className="text-sm text-slate-700">{rule.explain(inUse)}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {rule.settings.map((setting) => (
          <SettingField
            key={setting.path}
            setting={setting}
            layer={layer}
            value={values[setting.path] ?? ""}
            settings={settings}
            error={errors[setting.path]}
            onChange={onChange}
          />
        ))}
      </div>
    </fieldset>
  );
}

function SettingField({
  setting,
  layer,
  value,
  settings,
  error,
  onChange,
}: {
  setting: SettingText;
  layer: "practice" | "engagement";
  value: string;
  settings: EarlyWarningSettings;
  error: string | undefined;
  onChange: (path: string, value: string) => void;
}) {
  const fallback = setting.read(settings.inherited);
  const byDefault = setting.read(settings.defaults);
  const hint =
    layer === "practice"
      ? `Keel's default: ${byDefault}`
      : `The practice's value: ${fallback}${fallback === byDefault ? "" : ` (Keel's default: ${byDefault})`}`;
  const reset = layer === "practice" ? "Reset to Keel's default" : "Reset to the practice's value";
  return (
    <FormField label={setting.label} name={setting.path} error={error} hint={hint}>
      {(field) => (
        <div className="flex items-center gap-2">
          <Input
            {...field}
            type="number"
            inputMode="decimal"
            step="any"
            value={value}
            placeholder={String(fallback)}
            onChange={(event) => onChange(setting.path, event.target.value)}
            className="w-24"
          />
          {value !== "" ? (
            <Button
              variant="link"
              size="sm"
              type="button"
              aria-label={`${reset}: ${setting.label}`}
              onClick={() => onChange(setting.path, "")}
            >
              {reset}
            </Button>
          ) : null}
        </div>
      )}
    </FormField>
  );
}
