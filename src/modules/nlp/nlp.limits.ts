/**
 * The longest command accepted, in characters. One constant for the rule (NlpService), the OpenAPI schema
 * and the MCP tools' input schema, so what they say and what is enforced never differ.
 */
export const NLP_MAX_COMMAND_LENGTH = 500;
