/** A problem with a list or a whole part of the model, shown above it. */
export function FieldProblem({ message }: { message: string | undefined }) {
  return message ? <p className="text-sm font-medium text-red-700">{message}</p> : null;
}
