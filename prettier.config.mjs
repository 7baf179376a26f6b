// Prettier formats every file `npm run lint` checks; the Tailwind plugin sorts class names in the
// order Tailwind applies them, reading the theme from the app's stylesheet (Tailwind v4).
export default {
  printWidth: 120,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
  tailwindFunctions: ["cn", "clsx"],
};
