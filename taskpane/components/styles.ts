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
});
