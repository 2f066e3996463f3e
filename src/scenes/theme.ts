export const W = 1280;
export const H = 720;
export const FONT = '"Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", "YuGothic", "Meiryo", "Hiragino Sans", sans-serif';
export const COLORS = {
  wall: 0xefe7d6,
  floor: 0xcfc3ab,
  counter: 0x8a6a4a,
  counterTop: 0xb38b62,
  ink: 0x2b2b2b,
  limit: 0xd9534f,
  ok: 0x3c8d5a,
  bad: 0xc0392b,
  neutral: 0x8a8a8a,
};
