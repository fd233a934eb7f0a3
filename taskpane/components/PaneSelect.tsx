import { Select } from "@fluentui/react-components";
import * as React from "react";
import { usePaneStyles } from "./styles";

/** A drop-down as wide as the pane and never wider, whatever its options say. */
export function PaneSelect(props: {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const styles = usePaneStyles();
  return (
    <Select
      className={styles.select}
      select={{ className: styles.selectControl }}
      value={props.value}
      onChange={(_, d) => props.onChange(d.value)}
    >
      {props.children}
    </Select>
  );
}
