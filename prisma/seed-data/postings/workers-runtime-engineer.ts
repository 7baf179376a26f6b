// The customer's own posting (seeds/000_3342c549bba94a78.txt) in the project's section format.
// Its text is reproduced exactly; lib/seed/seed-posting.test.ts checks it against the source.
import type { PostingSeed } from "../types";

export const SEED_JOB_SLUG = "senior-systems-engineer-workers-runtime-cpp";

export const workersRuntimeEngineer: PostingSeed = {
  slug: SEED_JOB_SLUG,
  title: "Senior Systems Engineer, Workers Runtime (C++)",
  summary:
    "Join the Workers Runtime team to build the C++ runtime that executes customer JavaScript and WebAssembly on Cloudflare's edge network.",
  departmentName: "Emerging Technologies & Incubation",
  // The posting names no location: San Francisco is the headquarters address it gives for
  // accommodation requests. Staff can change all of this in the job editor.
  officeNames: ["San Francisco"],
  status: "PUBLISHED",
  employmentType: "FULL_TIME",
  remotePolicy: "HYBRID",
  remoteCountryCodes: [],
  isDemo: false,
  // The posting's offer condition: its offers need the export-control review before release.
  exportControlled: true,
  publishedDaysAgo: 0,
  sections: [
    {
      heading: "About Us",
      bodyMarkdown: `At Cloudflare, we have our eyes set on an ambitious goal: to help build a better Internet. Today the company runs one of the world’s largest networks that powers approximately 25 million Internet properties, for customers ranging from individual bloggers to SMBs to Fortune 500 companies. Cloudflare protects and accelerates any Internet application online without adding hardware, installing software, or changing a line of code. Internet properties powered by Cloudflare all have web traffic routed through its intelligent global network, which gets smarter with every request. As a result, they see significant improvement in performance and a decrease in spam and other attacks. Cloudflare was named to Entrepreneur Magazine’s Top Company Cultures list and ranked among the World’s Most Innovative Companies by Fast Company.

We realize people do not fit into neat boxes. We are looking for curious and empathetic individuals who are committed to developing themselves and learning new skills, and we are ready to help you do that. We cannot complete our mission without building a diverse and inclusive team. We hire the best people based on an evaluation of their potential and support them throughout their time at Cloudflare. Come join us!`,
    },
    {
      heading: "About the Department",
      bodyMarkdown: `Emerging Technologies & Incubation (ETI) is where new and bold products are built and released within Cloudflare. Rather than being constrained by the structures which make Cloudflare a massively successful business, we are able to leverage them to deliver entirely new tools and products to our customers. Cloudflare’s edge and network make it possible to solve problems at massive scale and efficiency which would be impossible for almost any other organization.

The Workers organization makes it possible for Cloudflare customers to run JavaScript and WebAssembly on Cloudflare's edge network. We build and maintain the serverless technology that executes billions of requests per month on behalf of developers and grants them nearly limitless control over how their requests are handled and responded to.`,
    },
    {
      heading: "About the Team",
      bodyMarkdown: `The Workers Runtime team delivers features and improvements to our Runtime which actually executes customer code at the edge. We care deeply about increasing performance, improving JS API surface area and compiled language support through WebAssembly, and optimizing to meet the next 10x increase in scale. The Runtime is a hostile environment - System resources such as memory, cpu, I/O, etc need to be managed extremely carefully and security must be foundational in everything we do.`,
    },
    {
      heading: "What you will do",
      bodyMarkdown: `We are looking for a Runtime Engineer to join our team. You will work with a team of passionate, talented engineers that are building innovative products that bring security and speed to millions of internet users each day. You will play an active part in shaping product strategy based on what’s technically possible. You will make sure our company hits our ambitious goals from an engineering standpoint.

You bring a passion for meeting business needs with building technically innovative solutions, and excel at shifting between the two—understanding how big-picture goals inform technical details, and vice-versa. You thrive in a fast-paced iterative engineering environment and have experience delivering scalable distributed systems. Most importantly, you will have a track record of having past teams respect you as both a technical leader and manager.`,
    },
    {
      heading: "Examples of desirable skills, knowledge and experience",
      bodyMarkdown: `- 10+ years of professional experience building and managing software applications at large scale
- Deep knowledge of at least one systems programming language such as C/C++, or Rust
- An operational mindset - we don't just write code, we also own it in production
- Solid foundation in computer science and software engineering with strong competencies in software design, and building distributed systems
- Strong understanding of the web and technologies such as web browsers, HTTP, JavaScript and WebAssembly
- Experience in designing and architecting large-scale distributed systems
- Experience working with cloud platforms, especially server-less platforms
- Experience debugging, optimizing and identifying possible failures in a large-scale distributed system
- Experience being in a Technical lead or Team lead role`,
    },
    {
      heading: "Bonus Points",
      bodyMarkdown: `- Experience with the internals of JS engines such as V8, SpiderMonkey, or JavaScriptCore
- Experience with standalone WebAssembly runtimes such as Wasmtime, Wasmer, Lucet, etc
- Deep Linux/UNIX systems, kernel, or networking knowledge
- Managing contributes to large open-source projects
- Experience working in low-latency real time environments such as game streaming, game engine architecture, high frequency trading, payment systems`,
    },
    {
      heading: "What Makes Cloudflare Special?",
      bodyMarkdown: `We’re not just a highly ambitious, large-scale technology company. We’re a highly ambitious, large-scale technology company with a soul. Fundamental to our mission to help build a better Internet is protecting the free and open Internet.

[**Project Galileo**](https://blog.cloudflare.com/protecting-free-expression-online/): We equip politically and artistically important organizations and journalists with powerful tools to defend themselves against attacks that would otherwise censor their work, technology already used by Cloudflare’s enterprise customers--at no cost.

**[Athenian Project](https://www.cloudflare.com/athenian/)**: We created Athenian Project to ensure that state and local governments have the highest level of protection and reliability for free, so that their constituents have access to election information and voter registration.

[**Path Forward Partnership**](https://blog.cloudflare.com/tag/path-forward/): Since 2016, we have partnered with Path Forward, a nonprofit organization, to create 16-week positions for mid-career professionals who want to get back to the workplace after taking time off to care for a child, parent, or loved one.

[**1.1.1.1**](https://1.1.1.1/): We released [1.1.1.1](https://1.1.1.1/) to help fix the foundation of the Internet by building a faster, more secure and privacy-centric public DNS resolver. This is available publicly for everyone to use - it is the first consumer-focused service Cloudflare has ever released. Here’s the deal - we don’t store client IP addresses never, ever. We will continue to abide by our [privacy commitment](https://developers.cloudflare.com/1.1.1.1/privacy/public-dns-resolver) and ensure that no user data is sold to advertisers or used to target consumers.

Sound like something you’d like to be a part of? We’d love to hear from you!`,
    },
    {
      // The closing legal paragraphs have no heading in the source either.
      heading: null,
      // They state the equal-opportunity statement and how to ask for an accommodation.
      statements: ["EQUAL_OPPORTUNITY", "ACCOMMODATION_CONTACT"],
      bodyMarkdown: `This position may require access to information protected under U.S. export control laws, including the U.S. Export Administration Regulations. Please note that any offer of employment may be conditioned on your authorization to receive software or technology controlled under these U.S. export laws without sponsorship for an export license.

Cloudflare is proud to be an equal opportunity employer. We are committed to providing equal employment opportunity for all people and place great value in both diversity and inclusiveness. All qualified applicants will be considered for employment without regard to their, or any other person's, perceived or actual race, color, religion, sex, gender, gender identity, gender expression, sexual orientation, national origin, ancestry, citizenship, age, physical or mental disability, medical condition, family care status, or any other basis protected by law. We are an AA/Veterans/Disabled Employer.

Cloudflare provides reasonable accommodations to qualified individuals with disabilities. Please tell us if you require a reasonable accommodation to apply for a job. Examples of reasonable accommodations include, but are not limited to, changing the application process, providing documents in an alternate format, using a sign language interpreter, or using specialized equipment. If you require a reasonable accommodation to apply for a job, please contact us via e-mail at hr@cloudflare.com or via mail at 101 Townsend St. San Francisco, CA 94107.`,
    },
  ],
  questions: [
    {
      label: "How many years have you worked professionally in C or C++?",
      type: "NUMBER",
      required: true,
    },
    {
      label: "Which of these JavaScript or WebAssembly engines have you worked on or embedded?",
      description: "Choose all that apply.",
      type: "MULTI_SELECT",
      required: false,
      options: ["V8", "SpiderMonkey", "JavaScriptCore", "Wasmtime", "Wasmer", "None of these"],
    },
    {
      label: "Tell us about a production incident you debugged.",
      description: "What broke, how you found the cause, and what you changed afterwards. A few paragraphs are plenty.",
      type: "LONG_TEXT",
      required: false,
    },
    {
      label:
        "This role is hybrid and based in San Francisco. Are you able to work from our San Francisco office on a regular basis?",
      type: "YES_NO",
      required: true,
      knockout: { rejectIf: ["NO"] },
    },
  ],
};
