// Words resumes use for their sections and contact labels, in the languages the corpus covers
// (English, German, French, Spanish, Russian, Chinese, Arabic, Hindi).

const CONTACT_HEADINGS = [
  "contact",
  "contacts",
  "contact details",
  "contact information",
  "personal details",
  "personal information",
  "personal data",
  "kontakt",
  "kontaktdaten",
  "persönliche daten",
  "coordonnées",
  "contacto",
  "datos personales",
  "контакты",
  "контактная информация",
  "личные данные",
  "联系方式",
  "个人信息",
  "基本信息",
  "معلومات الاتصال",
  "البيانات الشخصية",
  "संपर्क",
  "व्यक्तिगत जानकारी",
];

const OTHER_HEADINGS = [
  "experience",
  "work experience",
  "professional experience",
  "employment",
  "employment history",
  "work history",
  "career history",
  "education",
  "skills",
  "technical skills",
  "core skills",
  "summary",
  "professional summary",
  "profile",
  "about",
  "about me",
  "objective",
  "projects",
  "selected projects",
  "publications",
  "languages",
  "certifications",
  "awards",
  "interests",
  "volunteering",
  "berufserfahrung",
  "ausbildung",
  "kenntnisse",
  "sprachen",
  "profil",
  "expérience professionnelle",
  "expérience",
  "formation",
  "compétences",
  "experiencia",
  "experiencia profesional",
  "educación",
  "formación",
  "habilidades",
  "опыт работы",
  "образование",
  "навыки",
  "о себе",
  "工作经历",
  "工作经验",
  "教育背景",
  "专业技能",
  "项目经验",
  "自我评价",
  "الخبرة",
  "الخبرات",
  "الخبرة العملية",
  "التعليم",
  "المهارات",
  "अनुभव",
  "कार्य अनुभव",
  "शिक्षा",
  "कौशल",
];

const REFERENCE_HEADINGS = [
  "references",
  "referees",
  "reference",
  "referenzen",
  "références",
  "referencias",
  "рекомендации",
  "推荐人",
  "المراجع",
  "संदर्भ",
];

const normalize = (line: string) =>
  line
    .toLowerCase()
    .replace(/[:：.]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();

export function isHeading(line: string): "contact" | "other" | null {
  const key = normalize(line);
  if (CONTACT_HEADINGS.includes(key)) return "contact";
  if (OTHER_HEADINGS.includes(key)) return "other";
  return null;
}

export function isReferencesHeading(line: string): boolean {
  const key = normalize(line);
  return REFERENCE_HEADINGS.includes(key) || /^references? (available )?(up)?on request$/.test(key);
}

export type Label = { field: "name" | "email" | "phone" | "location" | "website"; pattern: RegExp };

// A label starts its line or segment and ends with a colon (or, in English, a space).
export const LABELS: Label[] = [
  { field: "name", pattern: /^(name|full name|имя|фио|姓名|الاسم|नाम)\s*[:：]/iu },
  { field: "email", pattern: /^(e-?mail|mail|почта|эл\. почта|邮箱|电子邮件|البريد الإلكتروني|ईमेल)\s*[:：]/iu },
  {
    field: "phone",
    pattern:
      /^(phone|tel\.?|telephone|telefon|téléphone|teléfono|mobile|mobil|cell|handy|тел\.?|телефон|电话|手机|الهاتف|الجوال|फ़ोन|फोन|मोबाइल)\s*[:：]?/iu,
  },
  {
    field: "location",
    pattern:
      /^(location|address|based in|city|wohnort|adresse|ort|ville|ubicación|dirección|адрес|город|地址|所在地|现居|城市|العنوان|المدينة|पता|शहर|स्थान)\s*[:：]/iu,
  },
  { field: "website", pattern: /^(website|web|portfolio|blog|homepage|site|сайт|网站|个人网站|الموقع)\s*[:：]/iu },
];

/** "Phone: +1 …" → "+1 …". */
export function stripLabel(segment: string): string {
  const label = LABELS.find((candidate) => candidate.pattern.test(segment));
  return label ? segment.replace(label.pattern, "").trim() : segment;
}
