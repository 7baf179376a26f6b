// Made-up but plausible text for the bench's bulk load: names, resume vocabulary, notes.

export const FIRST_NAMES = [
  "Ada",
  "Grace",
  "Linus",
  "Margaret",
  "Ken",
  "Barbara",
  "Dennis",
  "Frances",
  "Radia",
  "Guido",
  "Anita",
  "Edsger",
  "Donald",
  "John",
  "Mary",
  "Sophie",
  "Wei",
  "Priya",
  "Omar",
  "Lucia",
  "Kwame",
  "Aiko",
  "Mateo",
  "Ingrid",
  "Tariq",
  "Chiara",
  "Dmitri",
  "Amara",
  "Noor",
  "Henrik",
  "Yusuf",
  "Elena",
  "Ravi",
  "Fatima",
  "Jonas",
  "Mei",
  "Carlos",
  "Olga",
];

export const LAST_NAMES = [
  "Lovelace",
  "Hopper",
  "Torvalds",
  "Hamilton",
  "Thompson",
  "Liskov",
  "Ritchie",
  "Allen",
  "Perlman",
  "Rossum",
  "Borg",
  "Dijkstra",
  "Knuth",
  "Backus",
  "Shaw",
  "Wilson",
  "Zhang",
  "Patel",
  "Haddad",
  "Fernandez",
  "Nakamura",
  "Okafor",
  "Schmidt",
  "Dubois",
  "Kowalski",
  "Mensah",
  "Tanaka",
  "Rossi",
  "Johansson",
  "Khan",
  "Ivanova",
  "Silva",
  "Nguyen",
];

export const LOCATIONS = [
  "Austin, TX, USA",
  "London, United Kingdom",
  "Lisbon, Portugal",
  "San Francisco, CA, USA",
  "Berlin, Germany",
  "Singapore",
  "Toronto, Canada",
];

/** Resume vocabulary: search for "rust" or "kubernetes" matches many, as it would in real resumes. */
export const RESUME_WORDS = (
  "rust c++ go java python typescript javascript kotlin swift scala haskell ocaml erlang elixir zig wasm webassembly v8 " +
  "kernel linux bpf networking tcp quic http dns tls compiler jit interpreter garbage collector allocator runtime " +
  "distributed consensus raft paxos kafka postgres mysql redis cassandra kubernetes docker terraform aws gcp azure " +
  "latency throughput profiling debugging observability tracing metrics oncall incident reliability sre devops " +
  "led mentored designed built shipped migrated scaled optimized reduced improved owned launched maintained " +
  "team project service platform api backend frontend infrastructure storage database cache queue pipeline " +
  "university bachelor master phd computer science mathematics physics engineering intern senior staff principal " +
  "startup enterprise open source contributor maintainer speaker author patent award security cryptography"
).split(" ");

export const NOTE_SENTENCES = [
  "Strong systems background; worth a technical screen.",
  "Phone screen went well, clear communicator, asked good questions about the on-call rotation.",
  "Salary expectations are above the band; check with the hiring manager before moving on.",
  "Referred by a current engineer on the runtime team.",
  "Great take-home: clean code, thoughtful tests, explained the trade-offs.",
  "Needs visa sponsorship; confirm with people ops.",
  "Not enough distributed systems experience for this level; consider for the mid-level opening.",
  "Available to start in six weeks, prefers remote with quarterly onsites.",
];

export const JOB_TITLES = [
  "Senior Backend Engineer",
  "Staff Software Engineer, Storage",
  "Site Reliability Engineer",
  "Frontend Engineer",
  "Security Engineer",
  "Data Engineer",
  "Engineering Manager, Platform",
  "Systems Engineer, Networking",
  "Developer Advocate",
  "Product Designer",
  "Technical Program Manager",
  "Solutions Engineer",
  "Machine Learning Engineer",
  "Database Reliability Engineer",
  "Compiler Engineer",
  "Support Engineer",
  "Release Engineer",
  "Mobile Engineer, iOS",
  "QA Automation Engineer",
  "Infrastructure Engineer",
];
