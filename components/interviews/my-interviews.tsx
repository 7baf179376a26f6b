import type { MyInterviews as MyInterviewsData } from "@/lib/interviews/list-my-interviews";
import { MyInterviewsList } from "./my-interviews-list";

/** "My interviews": the scorecards owed first, then what is coming, then what happened. */
export function MyInterviews({ interviews }: { interviews: MyInterviewsData }) {
  const sections = [
    {
      id: "owed",
      title: `Scorecards you owe (${interviews.owed.length})`,
      items: interviews.owed,
      empty: "You owe no scorecards.",
    },
    { id: "upcoming", title: "Upcoming", items: interviews.upcoming, empty: "No interviews scheduled for you." },
    { id: "past", title: "Past", items: interviews.past, empty: "No past interviews yet." },
  ];
  return (
    <div className="space-y-10">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-title`} className="space-y-3">
          <h2 id={`${section.id}-title`} className="text-xl font-semibold text-ink">
            {section.title}
          </h2>
          <MyInterviewsList items={section.items} empty={section.empty} />
        </section>
      ))}
    </div>
  );
}
