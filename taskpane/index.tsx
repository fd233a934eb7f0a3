// Placeholder entry; the task pane is built in taskpane/ (issue 5).
export {};
