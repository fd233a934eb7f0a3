import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's layout, shared by its components. */
export const usePaneStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", maxWidth: "520px" },
  // what Fluent's Card (filled, medium) looks like, without its code: a card here is never interactive
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "12px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
  },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
  // long option texts (grade scale names) must not widen the pane
  select: { width: "100%", minWidth: 0 },
  selectControl: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  problems: { margin: 0, paddingLeft: "18px", color: tokens.colorNeutralForeground2 },
  steps: { display: "flex", flexDirection: "column", gap: "12px", margin: 0, padding: 0, listStyleType: "none" },
  heading: { margin: 0 },
  // Fluent greys an unchecked radio's label like a disabled one; a choice not taken is still a choice
  radioLabel: {
    "& .fui-Radio__input:enabled:not(:checked) ~ .fui-Radio__label": { color: tokens.colorNeutralForeground1 },
  },
  needs: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  outcome: { display: "flex", flexDirection: "column", gap: "8px", outlineOffset: "2px" },
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  // a goal's title is the longest text of a results row
  wide: { width: "50%" },
  status: { display: "grid", gridTemplateColumns: "minmax(6em, auto) 1fr", gap: "2px 8px", margin: 0 },
  statusTerm: { color: tokens.colorNeutralForeground2 },
  statusValue: { margin: 0 },
  // read by screen readers, not shown: the live region that announces results
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});
