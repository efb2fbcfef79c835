import type { FieldProblem } from "../field-problem";
import {
  type ExerciseContent,
  type Question,
  type QuestionOption,
  type RatingQuestion,
  TEMPLATE_LIMITS,
} from "./template";

// The rules a template keeps to, one function per part: its texts, its questions by type, and the
// wheels its rating questions form.

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/i;

/**
 * Everything wrong with a template a coach wrote (or a shipped file), each with the path of the
 * field to fix. An empty list means it can be saved and assigned.
 */
export function templateProblems(content: ExerciseContent): FieldProblem[] {
  const L = TEMPLATE_LIMITS;
  return [
    ...textProblems("title", content.title, L.title, "Give the exercise a title"),
    ...textProblems(
      "purpose",
      content.purpose,
      L.purpose,
      "Say in a sentence why it is worth doing",
    ),
    ...textProblems("instructions", content.instructions, L.instructions, null),
    ...(content.minutes !== undefined &&
    (!Number.isInteger(content.minutes) || content.minutes < 1 || content.minutes > L.minutes)
      ? [{ path: "minutes", message: `Give the minutes as a whole number from 1 to ${L.minutes}` }]
      : []),
    ...questionListProblems(content.questions),
    ...content.questions.flatMap((question, index) =>
      questionProblems(question, `questions.${index}`),
    ),
    ...groupProblems(content),
  ];
}

function textProblems(
  path: string,
  value: string | undefined,
  max: number,
  requiredMessage: string | null,
): FieldProblem[] {
  if (value === undefined || value.trim() === "")
    return requiredMessage ? [{ path, message: requiredMessage }] : [];
  if (value.length > max) return [{ path, message: `Keep this to ${max} characters or fewer` }];
  return [];
}

function idProblems(path: string, id: string, what: string): FieldProblem[] {
  if (id.length === 0) return [{ path, message: `Give the ${what} an id` }];
  if (id.length > TEMPLATE_LIMITS.id || !ID_PATTERN.test(id))
    return [
      {
        path,
        message: `A ${what} id is up to ${TEMPLATE_LIMITS.id} letters, digits, hyphens or underscores`,
      },
    ];
  return [];
}

function questionListProblems(questions: Question[]): FieldProblem[] {
  if (questions.length === 0) return [{ path: "questions", message: "Add at least one question" }];
  if (questions.length > TEMPLATE_LIMITS.questions)
    return [
      { path: "questions", message: `Keep to ${TEMPLATE_LIMITS.questions} questions or fewer` },
    ];
  return repeatedIds(questions.map((q) => q.id)).map((index) => ({
    path: `questions.${index}.id`,
    message: "Another question has this id; each needs its own",
  }));
}

/** The positions of ids seen before, so each repeat is named once, where it repeats. */
function repeatedIds(ids: string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => (seen.has(id) || !seen.add(id) ? [index] : []));
}

function questionProblems(question: Question, at: string): FieldProblem[] {
  const L = TEMPLATE_LIMITS;
  const common = [
    ...idProblems(`${at}.id`, question.id, "question"),
    ...textProblems(`${at}.prompt`, question.prompt, L.prompt, "Write the question"),
    ...textProblems(`${at}.help`, question.help, L.help, null),
  ];
  switch (question.type) {
    case "text":
      return [
        ...common,
        ...(question.maxLength !== undefined &&
        (!Number.isInteger(question.maxLength) ||
          question.maxLength < 1 ||
          question.maxLength > L.textMaxLength)
          ? [
              {
                path: `${at}.maxLength`,
                message: `Give the longest answer as a whole number of characters from 1 to ${L.textMaxLength}`,
              },
            ]
          : []),
      ];
    case "rating":
      return [...common, ...ratingProblems(question, at)];
    case "ranking":
      return [
        ...common,
        ...optionProblems(question.options, at, 2),
        ...(question.top !== undefined &&
        question.options.length >= 2 &&
        (!Number.isInteger(question.top) ||
          question.top < 1 ||
          question.top > question.options.length)
          ? [
              {
                path: `${at}.top`,
                message: `Ask for a top number from 1 to the ${question.options.length} options, or rank them all`,
              },
            ]
          : []),
      ];
    case "choice":
      return [
        ...common,
        ...optionProblems(question.options, at, 2),
        ...(question.maxChoices !== undefined &&
        question.options.length >= 2 &&
        (!question.multiple ||
          !Number.isInteger(question.maxChoices) ||
          question.maxChoices < 1 ||
          question.maxChoices > question.options.length)
          ? [
              {
                path: `${at}.maxChoices`,
                message: question.multiple
                  ? `Allow from 1 to ${question.options.length} choices`
                  : "Only a question with several choices has a maximum",
              },
            ]
          : []),
      ];
  }
}

function ratingProblems(question: RatingQuestion, at: string): FieldProblem[] {
  const L = TEMPLATE_LIMITS;
  const problems: FieldProblem[] = [];
  for (const end of ["min", "max"] as const) {
    const value = question[end];
    if (!Number.isInteger(value) || value < L.ratingLowest || value > L.ratingHighest)
      problems.push({
        path: `${at}.${end}`,
        message: `Use a whole number from ${L.ratingLowest} to ${L.ratingHighest}`,
      });
  }
  if (problems.length === 0) {
    if (question.max <= question.min)
      problems.push({
        path: `${at}.max`,
        message: "The top of the scale must be above its bottom",
      });
    else if (question.max - question.min > L.ratingSpan)
      problems.push({
        path: `${at}.max`,
        message: `Keep the scale to ${L.ratingSpan + 1} points or fewer, e.g. 0 to 10`,
      });
  }
  problems.push(
    ...textProblems(`${at}.lowLabel`, question.lowLabel, L.ratingLabel, null),
    ...textProblems(`${at}.highLabel`, question.highLabel, L.ratingLabel, null),
  );
  return problems;
}

function optionProblems(options: QuestionOption[], at: string, min: number): FieldProblem[] {
  const L = TEMPLATE_LIMITS;
  if (options.length < min)
    return [{ path: `${at}.options`, message: `Give at least ${min} options` }];
  if (options.length > L.options)
    return [{ path: `${at}.options`, message: `Keep to ${L.options} options or fewer` }];
  const labels = options.map((o) => o.label.trim().toLowerCase());
  return [
    ...options.flatMap((option, index) => [
      ...idProblems(`${at}.options.${index}.id`, option.id, "option"),
      ...textProblems(
        `${at}.options.${index}.label`,
        option.label,
        L.optionLabel,
        "Name the option",
      ),
    ]),
    ...repeatedIds(options.map((o) => o.id)).map((index) => ({
      path: `${at}.options.${index}.id`,
      message: "Another option has this id; each needs its own",
    })),
    ...repeatedIds(labels)
      .filter((index) => labels[index] !== "")
      .map((index) => ({
        path: `${at}.options.${index}.label`,
        message: "Another option says the same; each must differ",
      })),
  ];
}

function groupProblems({ questions, groups }: ExerciseContent): FieldProblem[] {
  const positions = new Map(questions.map((q, index) => [q.id, index]));
  const grouped = new Set<string>();
  const problems: FieldProblem[] = [
    ...repeatedIds(groups.map((g) => g.id)).map((index) => ({
      path: `groups.${index}.id`,
      message: "Another group has this id; each needs its own",
    })),
  ];
  groups.forEach((group, g) => {
    const at = `groups.${g}`;
    problems.push(
      ...idProblems(`${at}.id`, group.id, "group"),
      ...textProblems(`${at}.title`, group.title, TEMPLATE_LIMITS.title, "Give the wheel a title"),
    );
    const { min, max } = TEMPLATE_LIMITS.wheelSpokes;
    if (group.questionIds.length < min || group.questionIds.length > max) {
      problems.push({
        path: `${at}.questionIds`,
        message: `A wheel has from ${min} to ${max} rating questions`,
      });
      return;
    }
    const members: RatingQuestion[] = [];
    group.questionIds.forEach((id, i) => {
      const question = questions[positions.get(id) ?? -1];
      if (!question)
        problems.push({ path: `${at}.questionIds.${i}`, message: `There is no question "${id}"` });
      else if (question.type !== "rating")
        problems.push({
          path: `${at}.questionIds.${i}`,
          message: `"${question.prompt}" is not a rating; a wheel shows ratings only`,
        });
      else if (grouped.has(id))
        problems.push({
          path: `${at}.questionIds.${i}`,
          message: `"${question.prompt}" is already in a group`,
        });
      else members.push(question);
      grouped.add(id);
    });
    if (members.length !== group.questionIds.length) return;
    const first = members[0] as RatingQuestion;
    if (members.some((q) => q.min !== first.min || q.max !== first.max))
      problems.push({
        path: `${at}.questionIds`,
        message: "The ratings of a wheel must share one scale, e.g. all 1 to 10",
      });
    const places = group.questionIds.map((id) => positions.get(id) as number);
    if (places.some((place, i) => place !== (places[0] as number) + i))
      problems.push({
        path: `${at}.questionIds`,
        message: "The ratings of a wheel must follow one another, in the order of the questions",
      });
  });
  return problems;
}
