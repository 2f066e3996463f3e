// 共通：同僚を呼んで複数で対応する（奥州市マニュアル（案）第3 2(1)イ；南陽市マニュアル 4）
//
// 使い方（トンネル）：選択肢に #act: staff.call_colleague をつけたあとで
//   -> colleague_joins("佐々木", "記録") ->
// co_name: 同僚の名字、co_role: 同僚が受け持つ役割（"記録" または "通報"）

VAR colleague_here = false

=== colleague_joins(co_name, co_role) ===
~ colleague_here = true
先輩の{co_name}さんが、隣へ来た。 #who: colleague
{co_role == "記録":
    （{co_name}さんは、やり取りを時刻とともに書き留め始めた。） #act: staff.take_notes
- else:
    （{co_name}さんは、いつでも通報できるよう、電話の近くに立った。）
}
->->
