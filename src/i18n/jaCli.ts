/** 日本語: the language pack's command-line section (ja.ts stays under 300 lines). */
import type { CliMessages } from "./messages";

export const jaCli: CliMessages = {
  fileKinds: {
    directory: "フォルダー",
    fifo: "名前付きパイプ（FIFO）",
    device: "デバイス",
    socket: "ソケット",
    special: "特殊なファイル",
  },
  notRegularFile: (kind) => `通常のファイルではありません（${kind}）`,
  outputIsInput: (output, input) =>
    `${output} は読み込む計画ファイル ${input} そのものです。-o には別の名前を指定してください`,
  outputExists: (output) => `${output} はすでにあります。置き換えてよければ --force を付けてください`,
  removedCharacters: (where, characters) => `${where}：xlsx に書けない文字（${characters.join("、")}）を取り除きました`,
  wrote: (output, count) => `${output} を書き出しました（指標 ${count} 件）`,
};
