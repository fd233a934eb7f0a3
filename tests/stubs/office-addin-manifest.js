// Stand-in for office-addin-manifest under jest: office-addin-mock imports it only for the
// OfficeApp enum (its constructor compares the host with OfficeApp.Outlook).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
