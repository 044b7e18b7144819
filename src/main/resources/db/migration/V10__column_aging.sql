-- A column may say after how many working days its cards are aging (a review column is slower than coding, say);
-- null keeps the team's threshold (product.aging_days).
alter table board_column add column aging_days integer;
