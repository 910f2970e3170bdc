/** `text` as a regular expression source that matches it literally (an app's name inside a pattern). */
export const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
