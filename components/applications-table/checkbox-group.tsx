import { useId } from "react";

type CheckboxGroupProps = {
  legend: string;
  /** The URL parameter: each checked box adds one `name=value`. */
  name: string;
  options: { value: string; label: string }[];
  checked: string[];
};

/** Native checkboxes, so the filter form works without JavaScript. */
export function CheckboxGroup({ legend, name, options, checked }: CheckboxGroupProps) {
  const id = useId();
  if (options.length === 0) return null;
  return (
    <fieldset>
      <legend className="mb-1 font-medium text-ink">{legend}</legend>
      <ul className="space-y-1">
        {options.map((option, index) => (
          <li key={option.value} className="flex items-center gap-2">
            <input
              id={`${id}-${index}`}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              className="size-5 shrink-0 accent-brand"
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
