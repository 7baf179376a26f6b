import { describe, expect, it } from "vitest";
import { extractContact } from "./extract-contact";
import { splitPersonName } from "./split-name";

describe("extractContact", () => {
  it("reads a header block with separators and ignores the sections below it", () => {
    const text = [
      "JANE DOE",
      "jane.doe@gmail.com | +1 (415) 555-0134 | San Francisco, CA",
      "linkedin.com/in/janedoe · github.com/janedoe/dotfiles · janedoe.dev",
      "Experience",
      "Engineer, Acme (acme.com), 2019 - 2021",
      "References",
      "Bob Smith, bob@acme.com, +1 415 555 9999",
    ].join("\n");
    expect(extractContact(text)).toEqual({
      firstName: "Jane",
      lastName: "Doe",
      email: "jane.doe@gmail.com",
      phone: "+1 (415) 555-0134",
      location: "San Francisco, CA",
      linkedinUrl: "https://linkedin.com/in/janedoe",
      githubUrl: "https://github.com/janedoe",
      websiteUrl: "https://janedoe.dev",
    });
  });

  it("never offers a reference's email or phone, nor a date range as a phone", () => {
    const text =
      "Hannah Schmidt\nVienna, Austria\n2014 - 2024\nExperience\nReference: Karl Weber, karl@akh.at, +43 1 40400 0";
    const found = extractContact(text);
    expect(found.email).toBeUndefined();
    expect(found.phone).toBeUndefined();
    expect(found.location).toBe("Vienna, Austria");
  });

  it("reads labelled lines in other languages and a city from a street address", () => {
    expect(
      extractContact("姓名：王伟\n电话：138 0013 8000\n邮箱：wangwei@163.com\n地址：北京\n工作经历"),
    ).toMatchObject({
      firstName: "伟",
      lastName: "王",
      phone: "138 0013 8000",
      location: "北京",
    });
    expect(
      extractContact("Lukas Müller\nAddress: Musterstraße 12, 10115 Berlin, Germany\nTelefon: 0049 30 901820"),
    ).toMatchObject({ location: "Berlin, Germany", phone: "+49 30 901820" });
  });

  it("finds a name after a contact sidebar by the email it matches, skipping job titles", () => {
    const text = "Contact\nsofia.rossi@fastmail.com\nSkills\nFigma\nProduct Designer\nSofia Rossi";
    expect(extractContact(text)).toMatchObject({ firstName: "Sofia", lastName: "Rossi" });
  });

  it("offers nothing from a text without contact details", () => {
    expect(extractContact("")).toEqual({});
    expect(extractContact("Experience\nBuilt things with Node.js and ASP.NET")).toEqual({});
  });
});

describe("splitPersonName", () => {
  it("splits Western, particle, patronymic and Chinese names", () => {
    expect(splitPersonName("Pieter van der Berg")).toEqual({ firstName: "Pieter", lastName: "van der Berg" });
    expect(splitPersonName("Петров Иван Сергеевич")).toEqual({ firstName: "Иван", lastName: "Петров" });
    expect(splitPersonName("欧阳娜娜")).toEqual({ firstName: "娜娜", lastName: "欧阳" });
    expect(splitPersonName("राहुल शर्मा")).toEqual({ firstName: "राहुल", lastName: "शर्मा" });
  });

  it("refuses job titles, headings and lines with digits", () => {
    expect(splitPersonName("Senior Software Engineer")).toBeUndefined();
    expect(splitPersonName("Curriculum Vitae")).toBeUndefined();
    expect(splitPersonName("Room 12 B")).toBeUndefined();
  });
});
