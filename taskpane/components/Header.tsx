import { Caption1, Title3 } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { say } from "../messages";

export function Header(props: { readonly lang: Lang }): React.JSX.Element {
  return (
    <header>
      <Title3 as="h1">{say("title", props.lang)}</Title3>
      <Caption1 block>{say("subtitle", props.lang)}</Caption1>
    </header>
  );
}
