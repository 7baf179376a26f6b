"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { requestSignInLinkAction, signInWithOidcAction } from "@/app/(hiring)/hiring/sign-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-schema";

type Props = { callbackUrl: string; oidcName: string | null };

/** Email for a magic link, and the single sign-on button when it is configured. */
export function SignInForm({ callbackUrl, oidcName }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "" } });
  const emailError = form.formState.errors.email?.message;

  const submit = form.handleSubmit((values) => {
    setMessage(null);
    startTransition(async () => {
      // Success redirects to "check your email"; only a failure comes back here.
      const result = await requestSignInLinkAction(values, callbackUrl);
      if (result.fieldErrors?.email)
        form.setError("email", { message: result.fieldErrors.email[0] }, { shouldFocus: true });
      else setMessage(result.message);
    });
  });

  const startOidc = () => {
    setMessage(null);
    startTransition(async () => setMessage((await signInWithOidcAction(callbackUrl)).message));
  };

  return (
    <div className="space-y-6">
      {message && <Alert variant="danger">{message}</Alert>}
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
        <Field
          id="sign-in-email"
          label="Work email"
          error={emailError}
          hint="We will email you a link that signs you in."
        >
          <Input type="email" autoComplete="email" inputMode="email" spellCheck={false} {...form.register("email")} />
        </Field>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? "Sending…" : "Email me a sign-in link"}
        </Button>
      </form>
      {oidcName && (
        <div className="space-y-3 border-t border-line pt-6">
          <p className="text-sm text-ink-muted">Or use your organization&apos;s account:</p>
          <Button variant="secondary" className="w-full" disabled={pending} onClick={startOidc}>
            Sign in with {oidcName}
          </Button>
        </div>
      )}
    </div>
  );
}
