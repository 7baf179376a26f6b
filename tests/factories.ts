// Factories shared by tests and the seed (one way to make a row): each call makes realistic rows
// with unique values, so tests never depend on each other's data.
export * from "./factories/unique";
export * from "./factories/organization";
export * from "./factories/job";
export * from "./factories/candidate";
export * from "./factories/legal-forms";
export * from "./factories/application";
export * from "./factories/staff";
export * from "./factories/interview";
