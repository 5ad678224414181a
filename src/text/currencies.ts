/**
 * Currencies as Bengali reports write them, with their English names: one table for the reranker, which asks whether a
 * sentence states an amount of money (a price question's answer does), and for the glossary, which tells an English
 * reader "২০ লাখ শিলিং" is 2 million shillings. Reports from abroad state fines, fares and prices in the local
 * currency, so the world's other currencies are here beside the taka and the dollar.
 */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  'টাকা': 'taka', 'ডলার': 'dollars', 'মার্কিন ডলার': 'US dollars', 'রুপি': 'rupees', 'ইউরো': 'euros', 'পাউন্ড': 'pounds',
  'রিয়াল': 'rials', 'দিরহাম': 'dirhams', 'ইয়েন': 'yen', 'ইউয়ান': 'yuan', 'রুবল': 'roubles', 'লিরা': 'lira',
  'শিলিং': 'shillings', 'পেসো': 'pesos', 'রুপিয়া': 'rupiah', 'রিঙ্গিত': 'ringgit', 'দিনার': 'dinars', 'নাইরা': 'naira',
  'র‍্যান্ড': 'rand', 'সেডি': 'cedis', 'ফ্রাংক': 'francs', 'ক্রোনা': 'kronor', 'ক্রোনার': 'kroner', 'জ্লোটি': 'zloty',
  'টেঙ্গে': 'tenge', 'তুগরিক': 'tugriks', 'আরিয়ারি': 'ariary', 'কিয়াত': 'kyat', 'কুয়াচা': 'kwacha', 'বাথ': 'baht',
};
