/** Colours unless NO_COLOR is set (https://no-color.org): then emphasis is bold/inverse only. */
export const palette = (color: string): string | undefined => (process.env["NO_COLOR"] !== undefined && process.env["NO_COLOR"] !== "" ? undefined : color)
