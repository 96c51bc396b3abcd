// The home page's account corner is the one of every other page rendered per request.
export { default } from './[...path]/page';
