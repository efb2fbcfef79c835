/** What is wrong with one field of some input, named by its dotted path ("questions.2.label"). */
export interface FieldProblem {
  path: string;
  message: string;
}
